# قوائم الموقعين، العربية. المتغيرات: انظر locales/en/signatories.ftl.
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# صيغ الجمع حسب CLDR: zero (0) وone (1) وtwo (2) وfew (3–10) وmany (11–99) وother (100…).
# «منظمة واحدة» تكتب العدد بالكلمات: المتغير الدقيق [1].

heading = { $more ->
    [yes] الموقعون (حتى { $date }، ويمكن انضمام موقعين آخرين):
   *[no] الموقعون (حتى { $date }):
}
heading-undated = { $more ->
    [yes] الموقعون (ويمكن انضمام موقعين آخرين):
   *[no] الموقعون:
}
subsequent-heading = الموقعون لاحقًا:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    المنظمات الموقعة
    الجهات الموقعة
    المنظمات المشاركة
-reader-section-words =
    موقعون إضافيون
-reader-more-words =
    ويمكن انضمام

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    وغيرها
    وغيرهم
    وآخرون
    وآخرين

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
        [yes] ، { $country }
       *[no] {""}
    }
entry-short = { $has-acronym ->
        [yes] { $acronym }
       *[no] { $name }
    }{ $has-country ->
        [yes] ، { $country }
       *[no] {""}
    }
entry-name-first = { $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-acronym ->
        [yes] {" "}({ $acronym })
       *[no] {""}
    }{ $has-country ->
        [yes] ، { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

# A date in two calendars, and a span of a calendar's months or years.
date-with-gregorian = { $date } ({ $gregorian })
date-range = { $start } – { $end }

summary = وقّعت عليه { $organizations ->
        [1] منظمة واحدة
        [zero] { $organizations-text } منظمة
        [two] منظمتان
        [few] { $organizations-text } منظمات
        [many] { $organizations-text } منظمة
       *[other] { $organizations-text } منظمة
    }{ $countries ->
        [0] .
        [1] {" "}من بلد أو إقليم واحد: { $list }.
        [two] {" "}من بلدين أو إقليمين: { $list }.
        [few] {" "}من { $countries-text } بلدان وأقاليم: { $list }.
        [many] {" "}من { $countries-text } بلدًا وإقليمًا: { $list }.
       *[other] {" "}من { $countries-text } بلد وإقليم: { $list }.
    }
