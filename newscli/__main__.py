from newscli.cli import run

run()
