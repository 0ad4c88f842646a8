"""Redis's data types, one module each: representation first, commands second."""
