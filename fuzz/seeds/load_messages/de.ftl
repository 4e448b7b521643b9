# Unterzeichnerlisten, Deutsch. Variablen: siehe locales/en/signatories.ftl.
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
entry-name-first = { $name }{ $has-acronym ->
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
