TEMPLATES: list[str] = []
