# Daftar penanda tangan, bahasa Indonesia. Variabel: lihat locales/en/signatories.ftl.
# Draft: written for this crate and not yet checked by a native speaker; corrections welcome.
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
       *[other] {" "}dari { $countries-text } negara dan wilayah: { $list }.
    }
