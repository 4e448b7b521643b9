# Listas de signatários, português. Variáveis: ver locales/en/signatories.ftl.

heading = { $more ->
    [yes] Signatários (em { $date }; novas assinaturas possíveis):
   *[no] Signatários (em { $date }):
}
heading-undated = { $more ->
    [yes] Signatários (novas assinaturas possíveis):
   *[no] Signatários:
}
subsequent-heading = Signatários posteriores:

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

summary = Assinado por { $organizations ->
        [one] uma organização
       *[other] { $organizations-text } organizações
    } de { $countries ->
        [one] um país ou território
       *[other] { $countries-text } países e territórios
    }: { $list }.
