"""Entry point for the Pulumi CLI (`main: infra/` in Pulumi.yaml).

The CLI runs this directory with the project installed, so the program imports `infra.*`
absolutely; a bad stack setting is reported as one Pulumi error naming the file and key.
"""

from infra.program import main

main()
