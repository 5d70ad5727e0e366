package org.cqlshift.junit;

import java.net.InetSocketAddress;

/** Where the test run's Cassandra node answers. */
record TestNode(InetSocketAddress contactPoint, String localDatacenter) {

    String contactPointText() {
        return contactPoint.getHostString() + ":" + contactPoint.getPort();
    }
}
