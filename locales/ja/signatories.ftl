# 署名団体の一覧、日本語。変数：locales/en/signatories.ftl を参照。
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# 全角の句読点（、：（）。）を日本語の組版どおりに用いる。CLDR の複数形カテゴリは other のみ。

heading = { $more ->
    [yes] 署名団体（{ $date }現在、追加署名受付中）：
   *[no] 署名団体（{ $date }現在）：
}
heading-undated = { $more ->
    [yes] 署名団体（追加署名受付中）：
   *[no] 署名団体：
}
subsequent-heading = 追加署名団体：

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    賛同団体
    呼びかけ団体
    参加団体
-reader-section-words =
    追加賛同団体
-reader-more-words =
    募集中
    受付中

# For the list reader: the words a sentence counts or names organizations by, one a line
# ("…の3団体", the three groups; "…の野党4党", the four opposition parties; "…の三労組", the three unions).
-reader-group-words =
    団体
    党
    労組

entry-full = { $has-acronym ->
        [yes] { $acronym }{" "}
       *[no] {""}
    }{ $name }{ $has-transliteration ->
        [yes] （{ $transliteration }）
       *[no] {""}
    }{ $has-translation ->
        [yes] （{ $translation }）
       *[no] {""}
    }{ $has-country ->
        [yes] 、{ $country }
       *[no] {""}
    }
entry-short = { $has-acronym ->
        [yes] { $acronym }
       *[no] { $name }
    }{ $has-country ->
        [yes] 、{ $country }
       *[no] {""}
    }
entry-name-first = { $name }{ $has-transliteration ->
        [yes] （{ $transliteration }）
       *[no] {""}
    }{ $has-acronym ->
        [yes] （{ $acronym }）
       *[no] {""}
    }{ $has-country ->
        [yes] 、{ $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

date-with-gregorian = { $date }（{ $gregorian }）
date-range = { $start }～{ $end }

summary = { $countries ->
        [0] { $organizations-text }団体が署名。
       *[other] { $countries-text }か国・地域の{ $organizations-text }団体が署名：{ $list }。
    }
