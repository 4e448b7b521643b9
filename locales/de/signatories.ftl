# Unterzeichnerlisten, Deutsch. Variablen: siehe locales/en/signatories.ftl.

heading = { $more ->
    [yes] Unterzeichner (Stand: { $date }, weitere Unterzeichner möglich):
   *[no] Unterzeichner (Stand: { $date }):
}
heading-undated = { $more ->
    [yes] Unterzeichner (weitere Unterzeichner möglich):
   *[no] Unterzeichner:
}
subsequent-heading = Nachträgliche Unterzeichner:

entry-full = { $acronym } { $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-translation ->
        [yes] {" "}({ $translation })
       *[no] {""}
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }
entry-short = { $acronym }{ $has-country ->
        [yes] {" "}– { $country }
       *[no] {""}
    }
entry-name-first = { $name } ({ $acronym }){ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

summary = Unterzeichnet von { $organizations ->
        [one] einer Organisation
       *[other] { $organizations-text } Organisationen
    } aus { $countries ->
        [one] einem Land oder Gebiet
       *[other] { $countries-text } Ländern und Gebieten
    }: { $list }.
