from sitecheck.cli import main

main()
