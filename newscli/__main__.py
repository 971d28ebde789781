from newscli.cli.app import run

run()
