# 签署方名单，简体中文。变量：见 locales/en/signatories.ftl。
# Review: draft — written for this crate, revised on 2026-12-04 after a reader's notes on the rendered edition ("国家或地区" for one), not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
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

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    联署团体
    联署单位
    联署组织
    签署单位
-reader-section-words =
    新增联署

# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    以及
    及

# For the list reader: the words a sentence counts or names organizations by, one a line
# ("…等34个团体", and others: 34 groups).
-reader-group-words =
    团体
    组织

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
        [1] 共有来自{ $countries-text }个国家或地区的{ $organizations-text }个组织签署：{ $list }。
       *[other] 共有来自{ $countries-text }个国家和地区的{ $organizations-text }个组织签署：{ $list }。
    }
