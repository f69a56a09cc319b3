package cn.tuanbiao.testing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Base of tests that run the platform's services against the real test database.
 * Not transactional: the platform opens its own tenant transactions, as in production.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PlatformTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().properties();
    }
}
