# Listas de signatários, português. Variáveis: ver locales/en/signatories.ftl.
# Review: draft — written for this crate, revised on 2026-12-04 after a reader's notes on the rendered edition ("as of" as "até"), not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Categorias CLDR: one (0 e 1), many (milhões: «1 000 000 de organizações»), other.
# «uma organização» escreve o número por extenso: variante exata [1], nunca a categoria one.

heading = { $more ->
    [yes] Signatários (até { $date }; novas assinaturas possíveis):
   *[no] Signatários (até { $date }):
}
heading-undated = { $more ->
    [yes] Signatários (novas assinaturas possíveis):
   *[no] Signatários:
}
subsequent-heading = Signatários posteriores:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Assinantes
    Organizações signatárias
    Entidades signatárias
    Assinado por
-reader-section-words =
    Outros signatários
    Signatários adicionais
-reader-more-words =
    novas assinaturas
    outras assinaturas
# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    bem como

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    e outros
    e outras
    entre outros
    entre outras
    etc.

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

summary = Assinado por { $organizations ->
        [1] uma organização
        [one] { $organizations-text } organização
        [many] { $organizations-text } de organizações
       *[other] { $organizations-text } organizações
    }{ $countries ->
        [0] .
        [1] {" "}de um país ou território: { $list }.
        [one] {" "}de { $countries-text } país ou território: { $list }.
        [many] {" "}de { $countries-text } de países e territórios: { $list }.
       *[other] {" "}de { $countries-text } países e territórios: { $list }.
    }
