package cn.tuanbiao.shared.web;

import cn.tuanbiao.organizations.domain.CreditCode;
import cn.tuanbiao.organizations.domain.IndustryCode;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.organizations.domain.RegionCode;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serde;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.function.Function;

/** Identifiers and codes travel as plain JSON strings ({@code "T/CAS"}, not {@code {"value": …}}). */
@Factory
class ValueObjectSerdes {

    @Singleton
    Serde<TenantId> tenantId() {
        return new AsText<>(TenantId::toString, TenantId::of);
    }

    @Singleton
    Serde<PersonId> personId() {
        return new AsText<>(PersonId::toString, PersonId::of);
    }

    @Singleton
    Serde<CreditCode> creditCode() {
        return new AsText<>(CreditCode::value, CreditCode::parse);
    }

    @Singleton
    Serde<OrganizationCode> organizationCode() {
        return new AsText<>(OrganizationCode::value, OrganizationCode::parse);
    }

    @Singleton
    Serde<RegionCode> regionCode() {
        return new AsText<>(RegionCode::value, RegionCode::parse);
    }

    @Singleton
    Serde<StandardId> standardId() {
        return new AsText<>(StandardId::toString, StandardId::of);
    }

    @Singleton
    Serde<IndustryCode> industryCode() {
        return new AsText<>(IndustryCode::value, IndustryCode::parse);
    }

    private record AsText<T>(Function<T, String> write, Function<String, T> read) implements Serde<T> {

        @Override
        public void serialize(Encoder encoder, EncoderContext context, Argument<? extends T> type, T value)
                throws IOException {
            encoder.encodeString(write.apply(value));
        }

        @Override
        public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            return read.apply(decoder.decodeString());
        }
    }
}
