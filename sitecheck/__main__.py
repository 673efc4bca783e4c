from sitecheck.entry import main

main()
