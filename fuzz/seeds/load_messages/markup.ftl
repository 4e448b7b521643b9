subsequent-heading = <b onclick="x">[x](javascript:alert(1))</b>
