subsequent-heading = { NUMBER(1) }:
