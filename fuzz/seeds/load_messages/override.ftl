subsequent-heading = Später unterzeichnet:
