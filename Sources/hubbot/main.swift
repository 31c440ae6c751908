print("hubbot")
