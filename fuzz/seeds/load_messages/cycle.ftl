-a = { -b }
-b = { -a }
subsequent-heading = { -a }
