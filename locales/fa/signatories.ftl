# فهرست امضاکنندگان، فارسی. متغیرها: locales/en/signatories.ftl را ببینید.
# Review: draft — written for this crate, revised on 2026-12-04 after a reader's notes on the rendered edition (a heading without nested parentheses, with the clause on further signatures; a summary with its verb), not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# تاریخ‌ها به تقویم پیش‌فرض CLDR برای فارسی (هجری خورشیدی) با تاریخ میلادی در کنار آن نوشته می‌شوند.
# دسته‌های جمع CLDR: one (۰ و ۱) و other. «یک» عدد را با حروف می‌نویسد: گونهٔ دقیق [1].

heading = { $more ->
    [yes] امضاکنندگان تا { $date }؛ امکان امضای بیشتر وجود دارد:
   *[no] امضاکنندگان تا { $date }:
}
heading-undated = { $more ->
    [yes] امضاکنندگان (امکان امضای بیشتر وجود دارد):
   *[no] امضاکنندگان:
}
subsequent-heading = امضاکنندگان بعدی:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    سازمان‌های امضاکننده
    امضا کنندگان
-reader-section-words =
    امضاکنندگان جدید
-reader-more-words =
    امکان امضای بیشتر

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    و دیگران
    و غیره
    و سایر
    و دیگر

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
date-range = { $start } تا { $end }

summary = { $organizations ->
        [1] یک سازمان
        [one] { $organizations-text } سازمان
       *[other] { $organizations-text } سازمان
    }{ $countries ->
        [0] {""}
        [1] {" "}از یک کشور یا منطقه
        [one] {" "}از { $countries-text } کشور یا منطقه
       *[other] {" "}از { $countries-text } کشور و منطقه
    }{ $organizations ->
        [1] {" "}امضا کرده است
        [one] {" "}امضا کرده است
       *[other] {" "}امضا کرده‌اند
    }{ $countries ->
        [0] .
        [one] : { $list }.
       *[other] : { $list }.
    }
