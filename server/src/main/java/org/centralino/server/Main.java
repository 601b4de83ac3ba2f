package org.centralino.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `centralino` command line: `centralino run` starts the PBX; more admin subcommands will follow. */
@Command(name = "centralino", mixinStandardHelpOptions = true, version = "Centralino 0.1.0",
    description = "An open-source IP-PBX.", subcommands = {RunCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
