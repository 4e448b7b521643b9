# دستخط کنندگان کی فہرستیں، اردو۔ متغیرات: locales/en/signatories.ftl دیکھیں۔
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# CLDR جمع کے زمرے: one (1)، other۔ جملے کے آخر میں "۔" (U+06D4)، فہرست میں "،" (U+060C)۔

heading = { $more ->
    [yes] دستخط کنندگان ({ $date } تک، مزید دستخط ممکن ہیں):
   *[no] دستخط کنندگان ({ $date } تک):
}
heading-undated = { $more ->
    [yes] دستخط کنندگان (مزید دستخط ممکن ہیں):
   *[no] دستخط کنندگان:
}
subsequent-heading = بعد کے دستخط کنندگان:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    دستخط کرنے والی تنظیمیں
-reader-section-words =
    مزید دستخط کنندگان
-reader-more-words =
    مزید دستخط ممکن

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    وغیرہ
    اور دیگر
    اور دوسری
    اور دوسرے

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
        [yes] ، { $country }
       *[no] {""}
    }
entry-short = { $has-acronym ->
        [yes] { $acronym }
       *[no] { $name }
    }{ $has-country ->
        [yes] ، { $country }
       *[no] {""}
    }
entry-name-first = { $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-acronym ->
        [yes] {" "}({ $acronym })
       *[no] {""}
    }{ $has-country ->
        [yes] ، { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

# A date in two calendars, and a span of a calendar's months or years.
date-with-gregorian = { $date } ({ $gregorian })
date-range = { $start } – { $end }

summary = { $countries ->
        [0] { $organizations ->
                [1] ایک تنظیم نے دستخط کیا
               *[other] { $organizations-text } تنظیموں نے دستخط کیے
            }۔
        [1] ایک ملک یا علاقے کی { $organizations ->
                [1] ایک تنظیم نے دستخط کیا
               *[other] { $organizations-text } تنظیموں نے دستخط کیے
            }: { $list }۔
       *[other] { $countries-text } ممالک اور علاقوں کی { $organizations ->
                [1] ایک تنظیم نے دستخط کیا
               *[other] { $organizations-text } تنظیموں نے دستخط کیے
            }: { $list }۔
    }
