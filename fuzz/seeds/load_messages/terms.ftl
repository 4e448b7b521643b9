-later = Später
subsequent-heading = { -later } { "x" }:
