# Списки подписавших, русский. Переменные: см. locales/en/signatories.ftl.
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Категории CLDR: one (1, 21, 31…: «21 организацией», «из 21 страны»), few (2–4, 22–24…),
# many (0, 5–20, 25–30…), other (дроби). «одной» — число словом: точный вариант [1].

heading = { $more ->
    [yes] Подписали (по состоянию на { $date }, возможны новые подписи):
   *[no] Подписали (по состоянию на { $date }):
}
heading-undated = { $more ->
    [yes] Подписали (возможны новые подписи):
   *[no] Подписали:
}
subsequent-heading = Подписали позднее:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Подписанты
    Подписавшие
    Поддержали
-reader-section-words =
    Также подписали
    Присоединились
-reader-more-words =
    новые подписи
# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    а также

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    и другие
    и других
    и др.
    и пр.
    и т. д.

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
date-range = { $start } – { $end }

summary = Подписано { $organizations ->
        [1] одной организацией
        [one] { $organizations-text } организацией
        [few] { $organizations-text } организациями
        [many] { $organizations-text } организациями
       *[other] { $organizations-text } организации
    }{ $countries ->
        [0] .
        [1] {" "}из одной страны или территории: { $list }.
        [one] {" "}из { $countries-text } страны или территории: { $list }.
        [few] {" "}из { $countries-text } стран и территорий: { $list }.
        [many] {" "}из { $countries-text } стран и территорий: { $list }.
       *[other] {" "}из { $countries-text } страны или территории: { $list }.
    }
