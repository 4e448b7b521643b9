# Daftar penanda tangan, bahasa Indonesia. Variabel: lihat locales/en/signatories.ftl.
# Review: draft — written for this crate, revised on 2026-12-04 after a reader's notes on the rendered edition ("satu negara atau wilayah" for one), not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Kategori jamak CLDR: hanya other; kata benda tidak berubah setelah bilangan.

heading = { $more ->
    [yes] Penanda tangan (per { $date }, terbuka untuk penanda tangan baru):
   *[no] Penanda tangan (per { $date }):
}
heading-undated = { $more ->
    [yes] Penanda tangan (terbuka untuk penanda tangan baru):
   *[no] Penanda tangan:
}
subsequent-heading = Penanda tangan selanjutnya:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Penandatangan
    Organisasi pendukung
    Didukung oleh
-reader-section-words =
    Penandatangan tambahan

# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    serta

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    dan lain-lain
    dll.
    dan lainnya
    dan sebagainya
    dsb.

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

summary = Ditandatangani oleh { $organizations-text } organisasi{ $countries ->
        [0] .
        [1] {" "}dari satu negara atau wilayah: { $list }.
       *[other] {" "}dari { $countries-text } negara dan wilayah: { $list }.
    }
