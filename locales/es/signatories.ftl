# Listas de firmantes, español. Variables: véase locales/en/signatories.ftl.

heading = { $more ->
    [yes] Firmantes (a { $date }; se admiten nuevas firmas):
   *[no] Firmantes (a { $date }):
}
heading-undated = { $more ->
    [yes] Firmantes (se admiten nuevas firmas):
   *[no] Firmantes:
}
subsequent-heading = Firmantes posteriores:

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
        [yes] {" "}{ $country }
       *[no] {""}
    }
entry-name-first = { $name } ({ $acronym }){ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

summary = Firmado por { $organizations ->
        [one] una organización
       *[other] { $organizations-text } organizaciones
    } de { $countries ->
        [one] un país o territorio
       *[other] { $countries-text } países y territorios
    }: { $list }.
