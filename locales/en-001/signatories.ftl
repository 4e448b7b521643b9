# Review: published — the British spelling of the reference; the en-GB edition, which takes its sentences from here, reproduces the published English edition of 7 February 2023 line for line (tests/render.rs).
# Signatory lists, International English (CLDR en-001, the parent of en-GB, en-IN, en-AU and the
# other Commonwealth variants): British spelling ("organisation").
# Variables: see locales/en/signatories.ftl.

heading = { $more ->
    [yes] Signatories (as of { $date }, further signatories possible):
   *[no] Signatories (as of { $date }):
}
heading-undated = { $more ->
    [yes] Signatories (further signatories possible):
   *[no] Signatories:
}
subsequent-heading = Subsequent signatories:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Signing organisations
    Signatory organisations
    Supporting organisations
    Endorsing organisations

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

summary = Signed by { $organizations ->
        [1] one organisation
       *[other] { $organizations-text } organisations
    }{ $countries ->
        [0] .
        [1] {" "}from one country or area: { $list }.
       *[other] {" "}from { $countries-text } countries and areas: { $list }.
    }
