# فهرست امضاکنندگان، فارسی. متغیرها: locales/en/signatories.ftl را ببینید.
# تاریخ‌ها به تقویم پیش‌فرض CLDR برای فارسی (هجری خورشیدی) نوشته می‌شوند.

heading = { $more ->
    [yes] امضاکنندگان (تا { $date }، امکان امضای بیشتر وجود دارد):
   *[no] امضاکنندگان (تا { $date }):
}
heading-undated = { $more ->
    [yes] امضاکنندگان (امکان امضای بیشتر وجود دارد):
   *[no] امضاکنندگان:
}
subsequent-heading = امضاکنندگان بعدی:

entry-full = { $acronym } { $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-translation ->
        [yes] {" "}({ $translation })
       *[no] {""}
    }{ $has-country ->
        [yes] ، { $country }
       *[no] {""}
    }
entry-short = { $acronym }{ $has-country ->
        [yes] {" "}{ $country }
       *[no] {""}
    }
entry-name-first = { $name } ({ $acronym }){ $has-country ->
        [yes] ، { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

summary = امضاشده توسط { $organizations ->
        [one] { $organizations-text } سازمان
       *[other] { $organizations-text } سازمان
    } از { $countries ->
        [one] { $countries-text } کشور یا منطقه
       *[other] { $countries-text } کشور و منطقه
    }: { $list }.
