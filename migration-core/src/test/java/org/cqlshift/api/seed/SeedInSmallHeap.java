package org.cqlshift.api.seed;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.Reporter;

/** Seeds a directory from a JVM of its own, so a test can cap its heap: host port datacenter keyspace directory. */
public final class SeedInSmallHeap {

    private SeedInSmallHeap() {
    }

    public static void main(String[] args) {
        SeedResult result = CqlShift.configure()
                .contactPoints(args[0] + ":" + args[1])
                .localDatacenter(args[2])
                .keyspace(args[3])
                .seeds(args[4])
                .reporter(Reporter.SILENT)
                .load()
                .seed();
        System.out.println("rows " + result.rows());
    }
}
