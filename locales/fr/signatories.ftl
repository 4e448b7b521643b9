# Listes de signataires, français. Variables : voir locales/en/signatories.ftl.
# Les deux-points et les points-virgules sont précédés d’une espace insécable (U+00A0).

heading = { $more ->
    [yes] Signataires (au { $date }, d’autres signatures sont possibles) :
   *[no] Signataires (au { $date }) :
}
heading-undated = { $more ->
    [yes] Signataires (d’autres signatures sont possibles) :
   *[no] Signataires :
}
subsequent-heading = Signataires ultérieurs :

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

summary = Signé par { $organizations ->
        [one] { $organizations-text } organisation
       *[other] { $organizations-text } organisations
    } de { $countries ->
        [one] { $countries-text } pays ou territoire
       *[other] { $countries-text } pays et territoires
    } : { $list }.
