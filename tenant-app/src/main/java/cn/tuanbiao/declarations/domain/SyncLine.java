package cn.tuanbiao.declarations.domain;

/** One line of the organization's publication list: an event on its way to the registry, and the title of its standard if it has one. */
public record SyncLine(RegistryChange change, String standardTitle) {
}
