package fr.reperes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.reperes.access.ContentDomain;
import fr.reperes.access.DomainTagged;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Content carries its domain, so that the access policy decides a young adult's health wherever it appears: every
 * enum of domains says which of its domains is health, and every record a service gives out that holds a domain
 * says so ({@link DomainTagged}), today's and any added later.
 */
class ContentDomainsTest {

    private static List<Class<?>> classes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(
                (reader, factory) -> !reader.getClassMetadata().getClassName().endsWith("Test"));
        List<Class<?>> classes = new ArrayList<>();
        for (var definition : scanner.findCandidateComponents("fr.reperes")) {
            classes.add(ClassUtils.forName(definition.getBeanClassName(), ContentDomainsTest.class.getClassLoader()));
        }
        return classes;
    }

    @Test
    void everyEnumOfDomainsTagsContentAndNamesItsHealthDomain() throws ClassNotFoundException {
        List<Class<?>> domains = classes().stream()
                .filter(Class::isEnum)
                .filter(c -> c.getSimpleName().endsWith("Domain"))
                .toList();
        assertThat(domains).extracting(Class::getSimpleName).contains("AutonomyDomain", "CarePlanDomain");
        for (Class<?> domain : domains) {
            assertThat(ContentDomain.class).as(domain.getName()).isAssignableFrom(domain);
            for (Object constant : domain.getEnumConstants()) {
                assertThat(((ContentDomain) constant).health())
                        .as(domain.getSimpleName() + "." + constant)
                        .isEqualTo(((Enum<?>) constant).name().contains("HEALTH"));
            }
        }
    }

    @Test
    void everyRecordAServiceGivesOutWithADomainCarriesIt() throws ClassNotFoundException {
        Set<Class<?>> seen = new HashSet<>();
        List<Class<?>> withDomain = new ArrayList<>();
        for (Class<?> service : classes()) {
            if (!service.isAnnotationPresent(Service.class)) {
                continue;
            }
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    visit(method.getGenericReturnType(), seen, withDomain);
                }
            }
        }
        assertThat(withDomain)
                .extracting(Class::getSimpleName)
                .contains("AutonomyStep", "Assessment", "ProjectAction", "DomainPlan");
        assertThat(withDomain)
                .allSatisfy(record ->
                        assertThat(DomainTagged.class).as(record.getName()).isAssignableFrom(record));
    }

    /** Walks a returned type through generics and record components, collecting records that hold a domain. */
    private static void visit(Type type, Set<Class<?>> seen, List<Class<?>> withDomain) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                visit(argument, seen, withDomain);
            }
            visit(parameterized.getRawType(), seen, withDomain);
            return;
        }
        if (!(type instanceof Class<?> clazz) || !clazz.isRecord() || !seen.add(clazz)) {
            return;
        }
        for (RecordComponent component : clazz.getRecordComponents()) {
            if (ContentDomain.class.isAssignableFrom(component.getType())) {
                withDomain.add(clazz);
            }
            visit(component.getGenericType(), seen, withDomain);
        }
    }
}
