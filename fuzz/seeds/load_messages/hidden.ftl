subsequent-heading = Sp‮ter ​:
