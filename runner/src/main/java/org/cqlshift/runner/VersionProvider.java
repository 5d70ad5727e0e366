package org.cqlshift.runner;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Runner.class.getPackage().getImplementationVersion();
        return new String[] {"cqlshift " + (version == null ? "development build" : version)};
    }
}
