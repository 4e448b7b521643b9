# 서명 단체 목록, 한국어. 변수: locales/en/signatories.ftl 참조.
# Review: draft — written for this crate, revised on 2026-12-04 after a reader's notes on the rendered edition ("국가 또는 지역" for one), not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# CLDR 복수 범주: other만. 숫자 뒤에 단위 명사 "개".

heading = { $more ->
    [yes] 서명 단체 ({ $date } 기준, 추가 서명 가능):
   *[no] 서명 단체 ({ $date } 기준):
}
heading-undated = { $more ->
    [yes] 서명 단체 (추가 서명 가능):
   *[no] 서명 단체:
}
subsequent-heading = 추가 서명 단체:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    참여단체
    참가단체
    서명단체
-reader-section-words =
    추가 서명단체
    추가 참여단체

# For the list reader: the words a sentence counts or names organizations by, one a line
# ("… 등 52개 시민사회단체", and others: 52 civic groups in all).
-reader-group-words =
    단체

entry-full = { $has-acronym ->
        [yes] { $acronym }{" "}
       *[no] {""}
    }{ $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-translation ->
        [yes] {" "}({ $translation })
       *[no] {""}
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }
entry-short = { $has-acronym ->
        [yes] { $acronym }
       *[no] { $name }
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }
entry-name-first = { $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-acronym ->
        [yes] {" "}({ $acronym })
       *[no] {""}
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

# A date in two calendars, and a span of a calendar's months or years.
date-with-gregorian = { $date } ({ $gregorian })
date-range = { $start } ~ { $end }

summary = { $countries ->
        [0] { $organizations-text }개 단체가 서명.
        [1] { $countries-text }개 국가 또는 지역의 { $organizations-text }개 단체가 서명: { $list }.
       *[other] { $countries-text }개 국가 및 지역의 { $organizations-text }개 단체가 서명: { $list }.
    }
