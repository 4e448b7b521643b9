# Списки підписантів, українська. Змінні: див. locales/en/signatories.ftl.
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Категорії CLDR: one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25…), other (дроби).

heading = { $more ->
    [yes] Підписали (станом на { $date }, можливі нові підписи):
   *[no] Підписали (станом на { $date }):
}
heading-undated = { $more ->
    [yes] Підписали (можливі нові підписи):
   *[no] Підписали:
}
subsequent-heading = Підписали пізніше:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Підписанти
    Підтримали
-reader-section-words =
    Також підписали

# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    а також

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    та інші
    та інших
    і інші
    і інших
    й інші
    й інших
    та ін.
    тощо

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

summary = Підписано { $organizations ->
        [1] однією організацією
        [one] { $organizations-text } організацією
        [few] { $organizations-text } організаціями
        [many] { $organizations-text } організаціями
       *[other] { $organizations-text } організації
    }{ $countries ->
        [0] .
        [1] {" "}з однієї країни або території: { $list }.
        [one] {" "}з { $countries-text } країни або території: { $list }.
        [few] {" "}з { $countries-text } країн і територій: { $list }.
        [many] {" "}з { $countries-text } країн і територій: { $list }.
       *[other] {" "}з { $countries-text } країни або території: { $list }.
    }
