from newscrawl.model.schema import write_files

for path in write_files():
    print(path)
