# Unterzeichnerlisten, Deutsch. Variablen: siehe locales/en/signatories.ftl.
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# CLDR-Pluralkategorien: one (1), other.

heading = { $more ->
    [yes] Unterzeichner (Stand: { $date }, weitere Unterzeichner möglich):
   *[no] Unterzeichner (Stand: { $date }):
}
heading-undated = { $more ->
    [yes] Unterzeichner (weitere Unterzeichner möglich):
   *[no] Unterzeichner:
}
subsequent-heading = Nachträgliche Unterzeichner:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Unterzeichnende
    Unterstützer
    Erstunterzeichner
    Erstunterzeichnende
    Unterstützende Organisationen
-reader-section-words =
    Nachträglich unterzeichnet
    Weitere Unterzeichner
-reader-more-words =
    Weitere Unterzeichnungen möglich
    Weitere Unterschriften möglich
# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    sowie

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    und andere
    und weitere
    und viele andere
    und viele mehr
    usw.

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

summary = Unterzeichnet von { $organizations ->
        [1] einer Organisation
       *[other] { $organizations-text } Organisationen
    }{ $countries ->
        [0] .
        [1] {" "}aus einem Land oder Gebiet: { $list }.
       *[other] {" "}aus { $countries-text } Ländern und Gebieten: { $list }.
    }
