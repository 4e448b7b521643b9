# 簽署方名單，繁體中文。變數：見 locales/en/signatories.ftl。
# Draft: written for this crate and not yet checked by a native speaker; corrections welcome.
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
       *[other] 共有來自{ $countries-text }個國家和地區的{ $organizations-text }個組織簽署：{ $list }。
    }
