package cn.tuanbiao.console.supervision;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The admin console follows the same layering as tenant-app (STYLE.md practices 1, 7, 8). */
@AnalyzeClasses(packages = "cn.tuanbiao.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleArchitectureTest {

    @ArchTest
    static final ArchRule domain_code_knows_no_ui_no_persistence_and_no_web = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.vaadin..", "io.micronaut.data..", "io.micronaut.http..", "org.jooq..", "java.sql..",
                    "cn.tuanbiao.jooq..", "..persistence..", "..ui..", "..api..", "..web..")
            .because("the domain states the rules; the UI, the API and the database are details around it");

    @ArchTest
    static final ArchRule views_call_services_never_persistence = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..persistence..", "io.micronaut.data..", "org.jooq..", "cn.tuanbiao.jooq..", "java.sql..")
            .because("views call the same services as the REST API, so both obey the same rules");

    @ArchTest
    static final ArchRule rest_controllers_call_services_never_persistence = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..persistence..", "io.micronaut.data..", "org.jooq..", "cn.tuanbiao.jooq..", "java.sql..")
            .because("the API and the UI share one service layer");

    @ArchTest
    static final ArchRule persistence_is_reached_only_from_services = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "..service..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..")
            .because("services own the transactions, and so the tenant of every query");

    @ArchTest
    static final ArchRule only_tenancy_sets_the_tenant = noClasses()
            .that().resideOutsideOfPackage("cn.tuanbiao.tenancy..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.transaction.TransactionOperations")
            .because("the tenant is set in one place: Transactions");
}
