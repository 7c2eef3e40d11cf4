from newscrawl.schema import write_files

for path in write_files():
    print(path)
