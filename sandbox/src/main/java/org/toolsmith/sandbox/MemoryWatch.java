package org.toolsmith.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;

/**
 * Calls back when the heap still holds more than a share of its maximum right after a garbage
 * collection: a script is keeping too much alive. Catching it here, before the JVM runs out,
 * lets the worker stop the script and answer with a clear error instead of dying mid-call.
 */
final class MemoryWatch {
    private MemoryWatch() {
    }

    /** Installs the watch; returns false when no heap pool supports it (the JVM's own limit remains). */
    static boolean install(double share, Runnable onExceeded) {
        boolean any = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * share));
                any = true;
            }
        }
        if (any) {
            NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
            emitter.addNotificationListener((notification, handback) -> {
                if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                    onExceeded.run();
                }
            }, null, null);
        }
        return any;
    }
}
