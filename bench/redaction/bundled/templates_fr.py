LOCALES = ("x",)
DEV = []
SEALED = []
