from standout.cli.app import main

main()
