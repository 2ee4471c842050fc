from usegate.cli import main

main()
