# 签署方名单，简体中文。变量：见 locales/en/signatories.ftl。
# Draft: written for this crate and not yet checked by a native speaker; corrections welcome.
# Full-width punctuation (，：（）。) as Chinese typesetting uses it, written once here; no spaces
# around the date, which CLDR formats as 2023年2月7日.
# CLDR 复数类别：只有 other。

heading = { $more ->
    [yes] 签署方（截至{ $date }，欢迎更多组织签署）：
   *[no] 签署方（截至{ $date }）：
}
heading-undated = { $more ->
    [yes] 签署方（欢迎更多组织签署）：
   *[no] 签署方：
}
subsequent-heading = 后续签署方：

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
        [0] 共有{ $organizations-text }个组织签署。
       *[other] 共有来自{ $countries-text }个国家和地区的{ $organizations-text }个组织签署：{ $list }。
    }
