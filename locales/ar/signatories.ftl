# قوائم الموقعين، العربية. المتغيرات: انظر locales/en/signatories.ftl.
# صيغ الجمع حسب CLDR: zero وone وtwo وfew (3–10) وmany (11–99) وother.

heading = { $more ->
    [yes] الموقعون (حتى { $date }، ويمكن انضمام موقعين آخرين):
   *[no] الموقعون (حتى { $date }):
}
heading-undated = { $more ->
    [yes] الموقعون (ويمكن انضمام موقعين آخرين):
   *[no] الموقعون:
}
subsequent-heading = الموقعون لاحقًا:

entry-full = { $acronym } { $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-translation ->
        [yes] {" "}({ $translation })
       *[no] {""}
    }{ $has-country ->
        [yes] ، { $country }
       *[no] {""}
    }
entry-short = { $acronym }{ $has-country ->
        [yes] {" "}{ $country }
       *[no] {""}
    }
entry-name-first = { $name } ({ $acronym }){ $has-country ->
        [yes] ، { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

summary = وقّعت عليه { $organizations ->
        [zero] { $organizations-text } منظمة
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $organizations-text } منظمات
        [many] { $organizations-text } منظمة
       *[other] { $organizations-text } منظمة
    } من { $countries ->
        [zero] { $countries-text } بلد
        [one] بلد أو إقليم واحد
        [two] بلدين أو إقليمين
        [few] { $countries-text } بلدان وأقاليم
        [many] { $countries-text } بلدًا وإقليمًا
       *[other] { $countries-text } بلد وإقليم
    }: { $list }.
