# 簽署方名單，繁體中文。變數：見 locales/en/signatories.ftl。
# Review: draft — written for this crate, revised on 2026-12-04 after a reader's notes on the rendered edition ("國家或地區" for one), not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Full-width punctuation (，：（）。) as Chinese typesetting uses it, written once here; no spaces
# around the date, which CLDR formats as 2023年2月7日.
# CLDR 複數類別：只有 other。

heading = { $more ->
    [yes] 簽署方（截至{ $date }，歡迎更多組織簽署）：
   *[no] 簽署方（截至{ $date }）：
}
heading-undated = { $more ->
    [yes] 簽署方（歡迎更多組織簽署）：
   *[no] 簽署方：
}
subsequent-heading = 後續簽署方：

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    聯署團體
    聯署單位
    連署團體
    簽署單位
-reader-section-words =
    新增聯署
    新增連署

# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    以及
    及

# For the list reader: the words a sentence counts or names organizations by, one a line
# ("…等103個民間團體", and others: 103 civic groups).
-reader-group-words =
    團體
    組織

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
        [yes] ，{ $country }
       *[no] {""}
    }
entry-short = { $has-acronym ->
        [yes] { $acronym }
       *[no] { $name }
    }{ $has-country ->
        [yes] ，{ $country }
       *[no] {""}
    }
entry-name-first = { $name }{ $has-transliteration ->
        [yes] （{ $transliteration }）
       *[no] {""}
    }{ $has-acronym ->
        [yes] （{ $acronym }）
       *[no] {""}
    }{ $has-country ->
        [yes] ，{ $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

date-with-gregorian = { $date }（{ $gregorian }）
date-range = { $start }至{ $end }

summary = { $countries ->
        [0] 共有{ $organizations-text }個組織簽署。
        [1] 共有來自{ $countries-text }個國家或地區的{ $organizations-text }個組織簽署：{ $list }。
       *[other] 共有來自{ $countries-text }個國家和地區的{ $organizations-text }個組織簽署：{ $list }。
    }
