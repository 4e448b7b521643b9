# Списки подписавших, русский. Переменные: см. locales/en/signatories.ftl.
# Числа согласуются по правилам CLDR: one (1, 21…), few (2–4, 22…), many (5–20, 25…), other.

heading = { $more ->
    [yes] Подписали (по состоянию на { $date }, возможны новые подписи):
   *[no] Подписали (по состоянию на { $date }):
}
heading-undated = { $more ->
    [yes] Подписали (возможны новые подписи):
   *[no] Подписали:
}
subsequent-heading = Подписали позднее:

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

summary = Подписано { $organizations ->
        [one] { $organizations-text } организацией
        [few] { $organizations-text } организациями
        [many] { $organizations-text } организациями
       *[other] { $organizations-text } организации
    } из { $countries ->
        [one] { $countries-text } страны или территории
        [few] { $countries-text } стран и территорий
        [many] { $countries-text } стран и территорий
       *[other] { $countries-text } страны или территории
    }: { $list }.
